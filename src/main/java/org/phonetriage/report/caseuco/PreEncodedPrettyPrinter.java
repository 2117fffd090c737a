package org.phonetriage.report.caseuco;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Jackson's default pretty printing, byte for byte, with its separators and indentation written as
 * pre-encoded UTF-8: the default printer hands each ", " and each line's indentation to the
 * generator as text to encode, which cost case.jsonld more than its values (a node is mostly
 * separators and indentation).
 */
final class PreEncodedPrettyPrinter extends DefaultPrettyPrinter {

    private static final long serialVersionUID = 1L;

    private final SerializedString fieldValueSeparator;
    private final SerializedString objectEntrySeparator;
    private final SerializedString arrayValueSeparator;

    PreEncodedPrettyPrinter() {
        fieldValueSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
        objectEntrySeparator = new SerializedString(_objectEntrySeparator);
        arrayValueSeparator = new SerializedString(_arrayValueSeparator);
        if (_objectIndenter instanceof DefaultIndenter lines) {
            _objectIndenter = new Lines(lines.getEol(), lines.getIndent());
        }
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new PreEncodedPrettyPrinter();
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(fieldValueSeparator);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(objectEntrySeparator);
        _objectIndenter.writeIndentation(g, _nesting);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(arrayValueSeparator);
        _arrayIndenter.writeIndentation(g, _nesting);
    }

    /** {@link DefaultIndenter}'s line end and indentation, encoded once per level. */
    private static final class Lines extends DefaultIndenter {

        private static final long serialVersionUID = 1L;

        private final String eol;
        private final String indent;
        private final List<SerializableString> levels = new ArrayList<>();

        Lines(String eol, String indent) {
            super(indent, eol);
            this.eol = eol;
            this.indent = indent;
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            int at = Math.max(0, level);
            while (levels.size() <= at) {
                levels.add(new SerializedString(eol + indent.repeat(levels.size())));
            }
            g.writeRaw(levels.get(at));
        }
    }
}
