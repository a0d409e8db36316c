package co.gov.mineducacion.cooperation.opendata;

import java.util.List;

/**
 * A dataset as the open-data page describes it: its message key, its files and its fields
 * (each described by {@code opendata.field.<key>.<field>}).
 */
record Dataset(String key, List<File> files, List<String> fields) {

	/**
	 * A downloadable file of the dataset and its format's name.
	 */
	record File(String href, String format) {
	}

}
