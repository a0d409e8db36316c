/**
 * Web plumbing shared by every page: language choice, the language switch, input
 * trimming.
 */
package co.gov.mineducacion.cooperation.shared.web;
