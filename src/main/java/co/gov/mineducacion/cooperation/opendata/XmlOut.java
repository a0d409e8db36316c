package co.gov.mineducacion.cooperation.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting XML writer over StAX: elements, attributes and text, escaped by the
 * JDK's writer, UTF-8; an element without content is written empty ({@code <x/>}).
 */
final class XmlOut {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final XMLStreamWriter xml;

	/**
	 * Per open element: whether it has child elements (its end tag goes on a new line).
	 */
	private final Deque<Boolean> hasChildren = new ArrayDeque<>();

	private String pendingName;

	private final List<String[]> pendingAttributes = new ArrayList<>();

	XmlOut() {
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(this.bytes, StandardCharsets.UTF_8.name());
			this.xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	XmlOut start(String name) {
		return run(() -> {
			flush(false);
			if (!this.hasChildren.isEmpty()) {
				this.hasChildren.pop();
				this.hasChildren.push(true);
			}
			newLine(this.hasChildren.size());
			this.pendingName = name;
		});
	}

	XmlOut attr(String name, Object value) {
		if (value != null) {
			this.pendingAttributes.add(new String[] { null, name, value.toString() });
		}
		return this;
	}

	XmlOut lang(String language) {
		this.pendingAttributes.add(new String[] { XMLConstants.XML_NS_PREFIX, "lang", language });
		return this;
	}

	XmlOut text(String text) {
		return run(() -> {
			flush(false);
			this.xml.writeCharacters(text);
		});
	}

	XmlOut end() {
		return run(() -> {
			if (this.pendingName != null) {
				flush(true);
				return;
			}
			if (this.hasChildren.pop()) {
				newLine(this.hasChildren.size());
			}
			this.xml.writeEndElement();
		});
	}

	byte[] bytes() {
		run(() -> {
			this.xml.writeCharacters("\n");
			this.xml.writeEndDocument();
			this.xml.close();
		});
		return this.bytes.toByteArray();
	}

	/**
	 * Writes the element started last, empty or open for content.
	 */
	private void flush(boolean empty) throws XMLStreamException {
		if (this.pendingName == null) {
			return;
		}
		if (empty) {
			this.xml.writeEmptyElement(this.pendingName);
		}
		else {
			this.xml.writeStartElement(this.pendingName);
			this.hasChildren.push(false);
		}
		for (String[] attribute : this.pendingAttributes) {
			if (attribute[0] != null) {
				this.xml.writeAttribute(attribute[0], XMLConstants.XML_NS_URI, attribute[1], attribute[2]);
			}
			else {
				this.xml.writeAttribute(attribute[1], attribute[2]);
			}
		}
		this.pendingName = null;
		this.pendingAttributes.clear();
	}

	private void newLine(int depth) throws XMLStreamException {
		this.xml.writeCharacters("\n" + "  ".repeat(depth));
	}

	private XmlOut run(XmlStep step) {
		try {
			step.run();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private interface XmlStep {

		void run() throws XMLStreamException;

	}

}
