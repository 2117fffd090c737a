package org.phonetriage.repo;

import java.nio.file.Path;

/** A case's name in a repository when none is given: its triage folder's name, or its file's. */
public final class CaseName {

    private CaseName() {
    }

    /** {@code out/op-falcon/case.db} is {@code op-falcon}; {@code cases/falcon.db} is {@code falcon}. */
    public static String of(Path caseFile) {
        Path abs = caseFile.toAbsolutePath().normalize();
        String file = abs.getFileName().toString();
        if (file.equals("case.db") && abs.getParent() != null && abs.getParent().getFileName() != null) {
            return abs.getParent().getFileName().toString();
        }
        return file.endsWith(".db") ? file.substring(0, file.length() - 3) : file;
    }
}
