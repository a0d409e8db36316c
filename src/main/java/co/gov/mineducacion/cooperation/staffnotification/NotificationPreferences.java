package co.gov.mineducacion.cooperation.staffnotification;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each member chose for each kind of news ({@code staff_notification_preference},
 * V50); a kind they never chose has its default.
 */
@Component
class NotificationPreferences {

	private final JdbcClient jdbc;

	NotificationPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A member's choice for every kind.
	 */
	Map<StaffNotificationKind, NotificationDelivery> of(Long staffId) {
		Map<StaffNotificationKind, NotificationDelivery> chosen = new EnumMap<>(StaffNotificationKind.class);
		for (StaffNotificationKind kind : StaffNotificationKind.values()) {
			chosen.put(kind, kind.byDefault());
		}
		this.jdbc.sql("SELECT kind, delivery FROM staff_notification_preference WHERE staff_id = :staff")
			.param("staff", staffId)
			.query((rs, i) -> Map.entry(rs.getString("kind"), rs.getString("delivery")))
			.list()
			.forEach((row) -> StaffNotificationKind.named(row.getKey())
				.ifPresent((kind) -> chosen.put(kind, NotificationDelivery.valueOf(row.getValue()))));
		return chosen;
	}

	/**
	 * Every member's choice for one kind, by member id; members absent have the default.
	 */
	Map<Long, NotificationDelivery> forKind(StaffNotificationKind kind) {
		return this.jdbc.sql("SELECT staff_id, delivery FROM staff_notification_preference WHERE kind = :kind")
			.param("kind", kind.name())
			.query((rs, i) -> Map.entry(rs.getLong("staff_id"), NotificationDelivery.valueOf(rs.getString("delivery"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	void save(Long staffId, Map<StaffNotificationKind, NotificationDelivery> choices) {
		choices.forEach((kind, delivery) -> this.jdbc.sql("""
				INSERT INTO staff_notification_preference (staff_id, kind, delivery) VALUES (:staff, :kind, :delivery)
				ON CONFLICT (staff_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery""")
			.param("staff", staffId)
			.param("kind", kind.name())
			.param("delivery", delivery.name())
			.update());
	}

}
