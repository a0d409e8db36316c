package co.gov.mineducacion.cooperation.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting XML writer over StAX: elements, attributes and text, escaped by the
 * JDK's writer, UTF-8.
 */
final class XmlOut {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final XMLStreamWriter xml;

	private final Deque<Boolean> hasChildren = new ArrayDeque<>();

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
			if (!this.hasChildren.isEmpty()) {
				this.hasChildren.pop();
				this.hasChildren.push(true);
			}
			newLine(this.hasChildren.size());
			this.xml.writeStartElement(name);
			this.hasChildren.push(false);
		});
	}

	XmlOut attr(String name, Object value) {
		return (value == null) ? this : run(() -> this.xml.writeAttribute(name, value.toString()));
	}

	XmlOut lang(String language) {
		return run(
				() -> this.xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language));
	}

	XmlOut text(String text) {
		return run(() -> this.xml.writeCharacters(text));
	}

	XmlOut end() {
		return run(() -> {
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
