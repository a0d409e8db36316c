package co.gov.mineducacion.cooperation.test;

import java.lang.reflect.Executable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.security.TokenSigner;
import org.mockito.Mockito;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.bean.override.mockito.MockReset;

import static org.mockito.Mockito.RETURNS_MOCKS;

/**
 * The services of the {@link WebSliceTest web slice}: for each parameter of the portal's
 * web beans' constructors and {@code @Bean} methods that no bean in the slice satisfies,
 * a Mockito mock, as {@code @MockitoBean} would declare it, but once for every slice test
 * so that they share one context. A mock answers with empty values and further mocks
 * (never {@code null}), so that the layout renders; tests stub what they check. Mocks are
 * reset after each test.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class WebSliceMocks {

	private static final String PORTAL = "co.gov.mineducacion.cooperation.";

	/**
	 * The application's clock: a plain JDK type, which the slice cannot mock, that
	 * controllers take (the statistics' reference day, for example).
	 */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	/**
	 * What signs the form tokens of visitors without a session: a mock would sign them
	 * empty, which the CSRF token refuses, so this one answers with a token of its own
	 * (slice tests post with spring-security-test's token; only the form's hidden field
	 * shows this one). Like the real signer's, its tokens are base64url, fit for a cookie
	 * (the flash cookie carries JSON).
	 */
	@Bean
	TokenSigner tokenSigner() {
		return Mockito.mock(TokenSigner.class,
				(invocation) -> "sign".equals(invocation.getMethod().getName())
						? "slice." + Base64.getUrlEncoder()
							.withoutPadding()
							.encodeToString(invocation.<String>getArgument(1).getBytes(StandardCharsets.UTF_8))
						: RETURNS_MOCKS.answer(invocation));
	}

	@Bean
	static BeanDefinitionRegistryPostProcessor portalServicesAsMocks() {
		return new MissingDependencies();
	}

	private static final class MissingDependencies implements BeanDefinitionRegistryPostProcessor, Ordered {

		@Override
		public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
			ConfigurableListableBeanFactory beans = (ConfigurableListableBeanFactory) registry;
			for (String name : registry.getBeanDefinitionNames()) {
				Class<?> type = portalClass(registry.getBeanDefinition(name));
				if (type == null) {
					continue;
				}
				for (Executable creator : creators(type)) {
					for (Class<?> dependency : creator.getParameterTypes()) {
						String mockName = "webSliceMock." + dependency.getName();
						if (needsMock(dependency) && !registry.containsBeanDefinition(mockName)
								&& beans.getBeanNamesForType(dependency, true, false).length == 0) {
							RootBeanDefinition mock = new RootBeanDefinition(dependency);
							mock.setInstanceSupplier(() -> dependency.cast(Mockito.mock(dependency,
									MockReset.withSettings(MockReset.AFTER).defaultAnswer(RETURNS_MOCKS))));
							registry.registerBeanDefinition(mockName, mock);
						}
					}
				}
			}
		}

		/**
		 * What a portal bean takes: its constructors' parameters and, for a
		 * configuration, those of its {@code @Bean} methods (the security filter chain
		 * takes the signer of visitors' form tokens that way).
		 */
		private static List<Executable> creators(Class<?> type) {
			List<Executable> creators = new ArrayList<>(List.of(type.getDeclaredConstructors()));
			Arrays.stream(type.getDeclaredMethods())
				.filter((method) -> method.isAnnotationPresent(Bean.class))
				.forEach(creators::add);
			return creators;
		}

		private static Class<?> portalClass(BeanDefinition definition) {
			String className = definition.getBeanClassName();
			if (className == null || !className.startsWith(PORTAL)) {
				return null;
			}
			if (definition instanceof AbstractBeanDefinition bean && bean.hasBeanClass()) {
				return bean.getBeanClass();
			}
			try {
				return Class.forName(className, false, WebSliceMocks.class.getClassLoader());
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static boolean needsMock(Class<?> dependency) {
			return !dependency.isPrimitive() && !dependency.getName().startsWith("java.")
					&& !ObjectProvider.class.isAssignableFrom(dependency)
					&& !Collection.class.isAssignableFrom(dependency) && !Map.class.isAssignableFrom(dependency)
					&& dependency != Optional.class;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
