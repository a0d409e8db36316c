package co.gov.mineducacion.cooperation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web portal of the International Cooperation Office of Colombia's Ministry of
 * National Education.
 */
@SpringBootApplication
public class CooperationPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(CooperationPortalApplication.class, args);
	}

}
