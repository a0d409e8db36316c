package co.gov.mineducacion.cooperation.staff;

import java.util.Set;

/**
 * The email domains whose people get an account at their first directory sign-in, and the
 * version of the setting they were read at.
 */
record AllowedDomains(Set<String> domains, long version) {

}
