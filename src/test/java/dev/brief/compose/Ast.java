package dev.brief.compose;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Reads composed Markdown back with commonmark-java, the parser the typesetter uses. */
final class Ast {
  private static final Parser PARSER = Parser.builder().build();

  private Ast() {}

  static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /** What a reader sees of a node: its text and code, soft breaks as spaces. */
  static String text(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
          }

          @Override
          public void visit(HardLineBreak hardLineBreak) {
            out.append('\n');
          }
        });
    return out.toString();
  }

  static List<Node> children(Node node) {
    List<Node> children = new ArrayList<>();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      children.add(child);
    }
    return children;
  }

  /** Every node below {@code node}, depth first. */
  static List<Node> descendants(Node node) {
    List<Node> all = new ArrayList<>();
    for (Node child : children(node)) {
      all.add(child);
      all.addAll(descendants(child));
    }
    return all;
  }

  static <T extends Node> List<T> all(Node node, Class<T> type) {
    return descendants(node).stream().filter(type::isInstance).map(type::cast).toList();
  }
}
