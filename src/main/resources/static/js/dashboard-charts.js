/*
 * Draws the charts of the dashboard and of the public statistics with Chart.js from the
 * tables beside them: each figure.chart holds a hidden canvas and a table whose rows carry
 * data-label (the axis label) and number cells (td) with data-value. Without this script, or without Chart.js, the tables
 * alone show the numbers.
 */
(function () {
	'use strict';

	if (typeof window.Chart === 'undefined') {
		return;
	}
	var rootStyle = window.getComputedStyle(document.documentElement);
	var brand = rootStyle.getPropertyValue('--brand').trim() || '#004884';
	var accent = rootStyle.getPropertyValue('--accent').trim() || '#a5162f';
	var ink = rootStyle.getPropertyValue('--ink').trim() || '#1b1b1b';
	var reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

	// Chart.js draws an array label as lines: long names wrap at word boundaries instead
	// of being cut off at the canvas edge.
	function wrap(text, width) {
		var lines = [];
		text.split(' ').forEach(function (word) {
			var last = lines.length - 1;
			if (last >= 0 && (lines[last] + ' ' + word).length <= width) {
				lines[last] += ' ' + word;
			}
			else {
				lines.push(word);
			}
		});
		return lines.length > 1 ? lines : text;
	}

	window.Chart.defaults.color = ink;
	window.Chart.defaults.font.family = rootStyle.fontFamily;

	document.querySelectorAll('figure.chart').forEach(function (figure) {
		var box = figure.querySelector('.chart__canvas');
		var canvas = box && box.querySelector('canvas');
		var rows = Array.prototype.slice.call(figure.querySelectorAll('tbody tr[data-label]'));
		if (!canvas || rows.length === 0) {
			return;
		}
		var horizontal = figure.dataset.chartAxis === 'y';
		var labels = rows.map(function (row) { return wrap(row.dataset.label, 26); });
		// One series per number column named by data-series (the public statistics), else
		// one series named by the figure (the dashboard). A cell without data-value (a count
		// too small to show) draws no bar.
		var heads = Array.prototype.slice.call(figure.querySelectorAll('thead th[data-series]'));
		var names = heads.length > 0 ? heads.map(function (head) { return head.dataset.series; }) : [figure.dataset.seriesLabel];
		// Series beyond two (currencies committed) take ink and a dark green, each 3:1 or more on white.
		var colours = [brand, accent, ink, '#2e6b30'];
		var datasets = names.map(function (name, column) {
			return {
				label: name,
				backgroundColor: colours[column % colours.length],
				data: rows.map(function (row) {
					var value = row.querySelectorAll('td')[column].dataset.value;
					return value === undefined ? null : Number(value);
				})
			};
		});
		// Long category lists lie along the vertical axis and need room for each bar.
		var rem = parseFloat(rootStyle.fontSize) || 16;
		var lineCount = labels.reduce(function (sum, label) { return sum + (Array.isArray(label) ? label.length : 1); }, 0);
		box.style.height = (horizontal ? Math.max(10, Math.max(rows.length * 1.9, lineCount * 1.2) + 3) : 16) * rem + 'px';
		box.hidden = false;
		var valueAxis = { beginAtZero: true, ticks: { precision: 0 } };
		new window.Chart(canvas, {
			type: 'bar',
			data: {
				labels: labels,
				datasets: datasets
			},
			options: {
				indexAxis: horizontal ? 'y' : 'x',
				responsive: true,
				maintainAspectRatio: false,
				animation: reducedMotion ? false : { duration: 400 },
				plugins: { legend: { display: datasets.length > 1 } },
				scales: horizontal ? { x: valueAxis } : { y: valueAxis }
			}
		});
	});
})();
