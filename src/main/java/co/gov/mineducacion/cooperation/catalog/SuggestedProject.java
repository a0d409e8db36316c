package co.gov.mineducacion.cooperation.catalog;

import java.util.List;

/**
 * A strategic project that may fit an offer, in the reader's language, with why: the ways
 * to cooperate both share, and whether their texts have words in common.
 */
public record SuggestedProject(String code, String name, List<String> sharedActionTypes, boolean wordsInCommon) {

}
