package co.gov.mineducacion.cooperation.publication;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of a stored text, read from its small markup: blocks are separated by blank
 * lines; a block whose first line starts with {@code "## "} is a heading, lines starting
 * with {@code "- "} are list items, anything else is a paragraph. Nothing in the text is
 * ever HTML: the templates print each block escaped.
 *
 * @param kind what the block is
 * @param text the heading's or paragraph's text ({@code null} for a list)
 * @param items the list's items (empty for a heading or a paragraph)
 */
public record TextBlock(Kind kind, String text, List<String> items) {

	public enum Kind {

		HEADING, PARAGRAPH, LIST

	}

	/**
	 * The blocks of a text, in order.
	 */
	public static List<TextBlock> parse(String text) {
		List<TextBlock> blocks = new ArrayList<>();
		List<String> paragraph = new ArrayList<>();
		List<String> items = new ArrayList<>();
		for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
			String line = raw.strip();
			if (line.isEmpty()) {
				flush(blocks, paragraph, items);
			}
			else if (line.startsWith("## ")) {
				flush(blocks, paragraph, items);
				blocks.add(new TextBlock(Kind.HEADING, line.substring(3).strip(), List.of()));
			}
			else if (line.startsWith("- ")) {
				flushParagraph(blocks, paragraph);
				items.add(line.substring(2).strip());
			}
			else {
				flushList(blocks, items);
				paragraph.add(line);
			}
		}
		flush(blocks, paragraph, items);
		return List.copyOf(blocks);
	}

	private static void flush(List<TextBlock> blocks, List<String> paragraph, List<String> items) {
		flushParagraph(blocks, paragraph);
		flushList(blocks, items);
	}

	private static void flushParagraph(List<TextBlock> blocks, List<String> paragraph) {
		if (!paragraph.isEmpty()) {
			blocks.add(new TextBlock(Kind.PARAGRAPH, String.join(" ", paragraph), List.of()));
			paragraph.clear();
		}
	}

	private static void flushList(List<TextBlock> blocks, List<String> items) {
		if (!items.isEmpty()) {
			blocks.add(new TextBlock(Kind.LIST, null, List.copyOf(items)));
			items.clear();
		}
	}

	public boolean isHeading() {
		return this.kind == Kind.HEADING;
	}

	public boolean isList() {
		return this.kind == Kind.LIST;
	}

}
