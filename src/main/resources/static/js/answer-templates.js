/*
 * Offer page, progressive enhancement: choosing an answer template fills the move's
 * subject and message at once, without reloading the page. Without JavaScript the
 * "use this template" button asks the server for the same page with the text filled in.
 * The staff member can still edit the text before sending.
 */
(function () {
	'use strict';

	function fill(picker, announce) {
		var select = picker.querySelector('select');
		var target = document.getElementById(picker.getAttribute('data-target'));
		var option = select && select.options[select.selectedIndex];
		if (!target || !option || !option.value) {
			return false;
		}
		target.querySelector('[name="subject"]').value = option.getAttribute('data-subject');
		target.querySelector('[name="message"]').value = option.getAttribute('data-body');
		target.querySelector('[name="template"]').value = option.value;
		if (announce) {
			picker.querySelector('[data-template-status]').textContent = picker.getAttribute('data-filled');
		}
		return true;
	}

	document.querySelectorAll('form[data-template-picker]').forEach(function (picker) {
		picker.querySelector('select').addEventListener('change', function () {
			fill(picker, true);
		});
		picker.addEventListener('submit', function (event) {
			event.preventDefault();
			if (fill(picker, true)) {
				document.getElementById(picker.getAttribute('data-target')).querySelector('[name="message"]').focus();
			}
		});
	});
}());
