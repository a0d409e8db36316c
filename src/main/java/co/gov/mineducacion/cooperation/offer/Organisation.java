package co.gov.mineducacion.cooperation.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The organisation that offers to cooperate, as the submitter described it.
 *
 * @param name its legal name
 * @param sector the code of its kind of cooperator
 * @param country its ISO 3166 country code
 * @param taxId its NIT, for Colombian organisations that gave one
 * @param website its web address, when given
 */
@Embeddable
public record Organisation(@Column(name = "organization_name") String name, String sector, String country, String taxId,
		String website) {

}
