/**
 * Cooperation activities: the public list and pages, the office's editing, targets,
 * progress and milestones, and turning an accepted offer into a public activity.
 */
package co.gov.mineducacion.cooperation.activity;
