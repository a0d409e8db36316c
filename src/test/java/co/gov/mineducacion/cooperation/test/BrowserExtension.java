package co.gov.mineducacion.cooperation.test;

import java.lang.reflect.Field;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The run's one Chromium, launched by the first test that needs it and closed when the
 * run ends (JUnit closes what the root store holds): a {@link Browser} parameter gets it,
 * and each {@link PortalBrowser} field of a {@link BrowserTest} is set before each test,
 * the pages it opened closed after it.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	@Override
	public void beforeEach(ExtensionContext extension) throws Exception {
		Object test = extension.getRequiredTestInstance();
		List<Field> fields = ReflectionSupport.findFields(test.getClass(),
				(candidate) -> candidate.getType() == PortalBrowser.class, HierarchyTraversalMode.TOP_DOWN);
		if (fields.isEmpty()) {
			return;
		}
		ApplicationContext application = SpringExtension.getApplicationContext(extension);
		PortalBrowser browser = new PortalBrowser(chromium(extension), application);
		extension.getStore(NAMESPACE).put(PortalBrowser.class, browser);
		for (Field field : fields) {
			field.setAccessible(true);
			field.set(test, browser);
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
		return chromium(extension);
	}

	private static Browser chromium(ExtensionContext extension) {
		return extension.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, (key) -> Browser.launch(), Browser.class);
	}

	@Override
	public void afterEach(ExtensionContext extension) {
		PortalBrowser browser = extension.getStore(NAMESPACE).remove(PortalBrowser.class, PortalBrowser.class);
		if (browser != null) {
			browser.closePages();
		}
	}

}
