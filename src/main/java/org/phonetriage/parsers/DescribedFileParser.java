package org.phonetriage.parsers;

/** A {@link FileParser} whose descriptor and record kind are fixed when it is made. */
public abstract class DescribedFileParser implements FileParser {

    private final ParserDescriptor descriptor;
    private final String yields;

    protected DescribedFileParser(ParserDescriptor descriptor, String yields) {
        this.descriptor = descriptor;
        this.yields = yields;
    }

    @Override
    public final ParserDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final String yields() {
        return yields;
    }
}
