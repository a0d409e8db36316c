package co.gov.mineducacion.cooperation.opendata;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small interpreter of IATI's standard ruleset ({@code iati/rulesets/standard.json},
 * IATI/IATI-Rulesets, MIT licence; kinds as in its SPEC.rst) for the rule kinds the
 * ruleset uses. Rules that ask the IATI Registry ({@code idCondition}) are applied as if
 * the identifier were not registered, the stricter reading; {@code ORG-ID-PREFIX} is the
 * list of OrganisationRegistrationAgency codes.
 */
final class IatiRules {

	private final XPath xpath = xpath();

	private final Set<String> agencies;

	private final LocalDate today;

	private final List<String> failures = new ArrayList<>();

	IatiRules(Set<String> agencies, LocalDate today) {
		this.agencies = agencies;
		this.today = today;
	}

	/**
	 * The rules the document breaks, as "id severity activity-identifier: message",
	 * errors and warnings alike.
	 */
	static List<String> broken(Document document, LocalDate today) throws Exception {
		IatiRules rules = new IatiRules(IatiCodelists.activeCodes("OrganisationRegistrationAgency"), today);
		try (InputStream in = IatiRules.class.getResourceAsStream("/iati/rulesets/standard.json")) {
			JsonNode ruleset = JsonMapper.builder().build().readTree(in);
			for (Map.Entry<String, JsonNode> context : ruleset.properties()) {
				NodeList nodes = rules.nodes(document, context.getKey());
				for (int i = 0; i < nodes.getLength(); i++) {
					for (Map.Entry<String, JsonNode> rule : context.getValue().properties()) {
						for (JsonNode c : rule.getValue().get("cases")) {
							rules.apply(nodes.item(i), rule.getKey(), c);
						}
					}
				}
			}
		}
		return rules.failures;
	}

	private void apply(Node node, String kind, JsonNode c) throws XPathExpressionException {
		if (c.has("condition") && !bool(node, c.get("condition").asString())) {
			return;
		}
		boolean ok = switch (kind) {
			case "atleast_one" -> paths(node, c).size() > 0;
			case "no_more_than_one" -> paths(node, c).size() <= 1;
			case "unique" -> new HashSet<>(paths(node, c)).size() == paths(node, c).size();
			case "one_or_all" -> oneOrAll(node, c.get("one").asString(), c.get("all").asString());
			case "startswith" -> startsWith(node, c);
			case "regex_matches" ->
				paths(node, c).stream().allMatch((v) -> Pattern.compile(c.get("regex").asString()).matcher(v).find());
			case "no_spaces" -> paths(node, c).stream().allMatch((v) -> v.equals(v.strip()));
			case "date_order" -> dateOrder(node, c.get("less").asString(), c.get("more").asString());
			case "date_now" -> dateOrder(node, c.get("date").asString(), "NOW");
			case "time_limit" -> timeLimit(node, c);
			case "between_dates" -> dateOrder(node, c.get("start").asString(), c.get("date").asString())
					&& dateOrder(node, c.get("date").asString(), c.get("end").asString());
			case "strict_sum" -> paths(node, c).stream()
				.map(java.math.BigDecimal::new)
				.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
				.compareTo(c.get("sum").decimalValue()) == 0;
			case "range" -> paths(node, c).stream()
				.mapToDouble(Double::parseDouble)
				.allMatch((v) -> v >= c.get("min").asDouble() && v <= c.get("max").asDouble());
			case "if_then" -> !bool(node, c.get("if").asString()) || bool(node, c.get("then").asString());
			case "loop" -> loop(node, c);
			default -> throw new IllegalStateException("The interpreter does not know rule kind " + kind);
		};
		if (!ok) {
			JsonNode info = c.get("ruleInfo");
			String activity = this.xpath.evaluate("ancestor-or-self::iati-activity/iati-identifier", node);
			this.failures.add(info.get("id").asString() + " " + info.get("severity").asString() + " " + activity + ": "
					+ info.get("message").asString());
		}
	}

	private boolean loop(Node node, JsonNode c) throws XPathExpressionException {
		Set<String> values = new java.util.TreeSet<>(values(node, c.get("foreach").asString()));
		for (String value : values) {
			for (Map.Entry<String, JsonNode> rule : c.get("do").properties()) {
				for (JsonNode inner : rule.getValue().get("cases")) {
					String substituted = inner.toString().replace("$1", value);
					apply(node, rule.getKey(), JsonMapper.builder().build().readTree(substituted));
				}
			}
		}
		return true;
	}

	private boolean oneOrAll(Node node, String one, String all) throws XPathExpressionException {
		if (!values(node, one).isEmpty()) {
			return true;
		}
		return switch (all) {
			case "lang" -> bool(node, "count(.//narrative[not(@xml:lang)]) = 0");
			case "currency" -> bool(node, "count(.//value[not(@currency)]) = 0");
			case "sector" -> bool(node, "count(transaction/sector) = 0 or count(transaction[not(sector)]) = 0");
			default -> throw new IllegalStateException("one_or_all for " + all);
		};
	}

	private boolean startsWith(Node node, JsonNode c) throws XPathExpressionException {
		List<String> prefixes = new ArrayList<>();
		for (JsonNode prefix : c.get("prefix")) {
			if ("ORG-ID-PREFIX".equals(prefix.asString())) {
				prefixes.addAll(this.agencies);
			}
			else {
				prefixes.addAll(values(node, prefix.asString()));
			}
		}
		String separator = c.has("separator") ? c.get("separator").asString() : "-";
		return paths(node, c).stream().allMatch((v) -> prefixes.stream().anyMatch((p) -> v.startsWith(p + separator)));
	}

	private boolean dateOrder(Node node, String less, String more) throws XPathExpressionException {
		List<LocalDate> before = dates(node, less);
		List<LocalDate> after = dates(node, more);
		return before.stream().allMatch((b) -> after.stream().noneMatch(b::isAfter));
	}

	private boolean timeLimit(Node node, JsonNode c) throws XPathExpressionException {
		List<LocalDate> start = dates(node, c.get("start").asString());
		List<LocalDate> end = dates(node, c.get("end").asString());
		return start.isEmpty() || end.isEmpty()
				|| java.time.temporal.ChronoUnit.DAYS.between(start.get(0), end.get(0)) <= 365;
	}

	private List<LocalDate> dates(Node node, String path) throws XPathExpressionException {
		if ("NOW".equals(path)) {
			return List.of(this.today);
		}
		return values(node, path).stream()
			.map((v) -> (v.length() > 10) ? OffsetDateTime.parse(v).toLocalDate() : LocalDate.parse(v))
			.toList();
	}

	private List<String> paths(Node node, JsonNode c) throws XPathExpressionException {
		List<String> values = new ArrayList<>();
		for (JsonNode path : c.get("paths")) {
			values.addAll(values(node, path.asString()));
		}
		return values;
	}

	private List<String> values(Node node, String path) throws XPathExpressionException {
		NodeList nodes = (NodeList) this.xpath.evaluate(path, node, XPathConstants.NODESET);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getTextContent());
		}
		return values;
	}

	private NodeList nodes(Document document, String path) throws XPathExpressionException {
		return (NodeList) this.xpath.evaluate(path, document, XPathConstants.NODESET);
	}

	private boolean bool(Node node, String expression) throws XPathExpressionException {
		return (Boolean) this.xpath.evaluate(expression, node, XPathConstants.BOOLEAN);
	}

	static XPath xpath() {
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new NamespaceContext() {

			@Override
			public String getNamespaceURI(String prefix) {
				return "xml".equals(prefix) ? XMLConstants.XML_NS_URI : XMLConstants.NULL_NS_URI;
			}

			@Override
			public String getPrefix(String uri) {
				return null;
			}

			@Override
			public java.util.Iterator<String> getPrefixes(String uri) {
				return null;
			}

		});
		return xpath;
	}

}
