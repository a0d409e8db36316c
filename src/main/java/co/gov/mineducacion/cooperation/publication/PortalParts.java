package co.gov.mineducacion.cooperation.publication;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the running portal itself offers, for the checklist's elements that are built
 * rather than filled in: the pages it answers and the features it carries.
 */
@Component
class PortalParts {

	/** The accessibility tools (high contrast, text size) the layout applies. */
	static final String ACCESSIBILITY_TOOLS = "co.gov.mineducacion.cooperation.shared.web.DisplayPreferences";

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	/** The routes do not change while the portal runs: each path is looked up once. */
	private final Map<String, Boolean> answered = new ConcurrentHashMap<>();

	PortalParts(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/**
	 * Whether a GET of exactly this path reaches one of the portal's pages.
	 */
	boolean answers(String path) {
		return this.answered.computeIfAbsent(path, this::mapped);
	}

	private boolean mapped(String path) {
		return this.mappings.getObject()
			.getHandlerMethods()
			.keySet()
			.stream()
			.filter((info) -> info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
			.anyMatch((info) -> info.getPatternValues().contains(path));
	}

	/**
	 * Whether the portal carries the accessibility tools.
	 */
	boolean hasAccessibilityTools() {
		return ClassUtils.isPresent(ACCESSIBILITY_TOOLS, getClass().getClassLoader());
	}

}
