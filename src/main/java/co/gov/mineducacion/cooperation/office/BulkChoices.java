package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.office.QueueChoices.Options;

/**
 * What the queue's bulk actions choose from, in the reader's language.
 *
 * @param actions what a bulk action does
 * @param assignees whom it assigns to: nobody, or an active staff member
 * @param targets the statuses it moves offers to
 */
record BulkChoices(Options actions, Options assignees, Options targets) {

}
