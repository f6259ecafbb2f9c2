package io.dfschema.examples.cst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.examples.cst.CstCorpus.Node;
import io.dfschema.examples.cst.CstCorpus.SourceFile;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The corpus in Java, before any file is written: sizes, ids and spans. */
class CstCorpusTest {
    private final CstCorpus corpus = new CstCorpus();

    @Test
    void sizes() {
        assertEquals(3, corpus.repos().size());
        assertEquals(30, corpus.files().size());
        assertEquals(300, corpus.nodes().size());
        // reads and resolves in every file, calls in all but the first file of each repository
        assertEquals(30 + 30 + 27, corpus.refs().size());
    }

    @Test
    void spansCoverTheTextTheNodeStandsFor() {
        Map<Long, SourceFile> files = corpus.files().stream()
                .collect(Collectors.toMap(SourceFile::fileId, Function.identity()));
        for (Node node : corpus.nodes()) {
            String source = files.get(node.fileId()).source();
            String text = source.substring((int) node.span().bstart(), (int) node.span().bend());
            switch (node.kind()) {
                case "Module" -> assertEquals(source, text);
                case "Name" -> assertEquals(node.attrs().get("value"), text, "node " + node.nodeId());
                case "Attribute" -> assertEquals(node.attrs().get("value") + "." + node.attrs().get("attr"), text);
                case "FunctionDef" -> assertTrue(text.startsWith("def " + node.attrs().get("name") + "("), text);
                case "Import" -> assertTrue(text.startsWith("import "), text);
                case "Return" -> assertTrue(text.startsWith("return "), text);
                case "Call" -> assertTrue(text.endsWith(")"), text);
                case "Param" -> assertTrue(text.matches("[a-z]+"), text);
                default -> throw new AssertionError("unexpected kind " + node.kind());
            }
        }
    }

    @Test
    void childrenAndRefsNameExistingNodes() {
        Set<Long> ids = corpus.nodes().stream().map(Node::nodeId).collect(Collectors.toSet());
        corpus.nodes().forEach(n -> assertTrue(ids.containsAll(n.children()), "children of " + n.nodeId()));
        corpus.refs().forEach(r -> assertTrue(ids.contains(r.fromNode()) && ids.contains(r.toNode()), r.toString()));
    }

    @Test
    void aCallRefersToTheFunctionOfThePreviousModule() {
        SourceFile client = corpus.files("httpkit").get(CstCorpus.MODULES.indexOf("client"));
        assertTrue(client.source().startsWith("import parser\n\ndef fetch("), client.source());
        assertTrue(corpus.refs().contains(new CstCorpus.Ref(
                CstCorpus.nodeId(client.fileId(), CstCorpus.CALL),
                CstCorpus.nodeId(client.fileId() - 1, CstCorpus.FUNCTION_DEF), "calls")));
    }
}
