package io.dfschema.metadata.contract;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads contract catalogs: one {@code *.dfschema.yaml} file, or a folder whose {@code *.dfschema.yaml}
 * files (in name order, not recursively) together form one catalog. Everything is checked before
 * anything is returned; every problem found is reported at once, each with its file, line and key path,
 * in a {@link ContractException}. Thread-safe (stateless).
 */
public final class ContractParser {
    /** The file name ending of contract files in a folder. */
    public static final String FILE_SUFFIX = ".dfschema.yaml";

    private ContractParser() {
    }

    /**
     * Reads a contract file or a folder of them.
     *
     * @throws ContractException with every problem found, including unreadable files
     */
    public static Contract parse(Path fileOrFolder) {
        List<FileDocument> docs = new ArrayList<>();
        if (Files.isDirectory(fileOrFolder)) {
            List<Path> files = contractFiles(fileOrFolder);
            if (files.isEmpty()) {
                throw new ContractException(List.of(new ContractProblem(fileOrFolder, 0, "",
                        "no *" + FILE_SUFFIX + " files in this folder")));
            }
            files.forEach(f -> docs.add(readFile(f)));
        } else {
            docs.add(readFile(fileOrFolder));
        }
        return ContractAssembler.assemble(docs, fileOrFolder);
    }

    /**
     * Reads contract text. {@code file} (may be null) names it in problems and is the base of relative
     * locations; nothing is read from it.
     *
     * @throws ContractException with every problem found
     */
    public static Contract parse(String yaml, Path file) {
        return ContractAssembler.assemble(List.of(DocumentReader.read(yaml, file, baseDir(file))), file);
    }

    /** The contract files of a folder, in name order. */
    public static List<Path> contractFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(FILE_SUFFIX) && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ContractException(List.of(new ContractProblem(folder, 0, "", "cannot list the folder: " + e)));
        }
    }

    private static FileDocument readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return unreadable(file, "no such file or folder");
        } catch (MalformedInputException e) {
            return unreadable(file, "the file is not UTF-8 text");
        } catch (IOException e) {
            return unreadable(file, "cannot read the file: " + e);
        }
        return DocumentReader.read(text, file, baseDir(file));
    }

    private static FileDocument unreadable(Path file, String message) {
        FileDocument doc = new FileDocument(file);
        doc.problems.add(0, "", message);
        return doc;
    }

    private static Path baseDir(Path file) {
        return file == null ? null : file.toAbsolutePath().normalize().getParent();
    }
}
