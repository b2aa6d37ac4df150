package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.atrium.core.store.StoreConfig;
import org.junit.jupiter.api.Test;

/** URLs shown to people carry no password. */
class StoreConfigTest {

	@Test
	void aPasswordIsRemovedFromEveryPlaceAUrlCanHoldIt() {
		assertEquals("jdbc:postgresql://db.example.org:5432/pmo",
				StoreConfig.withoutPassword("jdbc:postgresql://db.example.org:5432/pmo?password=s3cret"));
		assertEquals("jdbc:postgresql://db.example.org/pmo?user=alee&ssl=true",
				StoreConfig.withoutPassword("jdbc:postgresql://db.example.org/pmo?user=alee&password=s3cret&ssl=true"));
		assertEquals("jdbc:postgresql://db.example.org/pmo?user=alee",
				StoreConfig.withoutPassword("jdbc:postgresql://db.example.org/pmo?user=alee&PASSWORD=s3cret"));
		assertEquals("jdbc:postgresql://alee@db.example.org/pmo",
				StoreConfig.withoutPassword("jdbc:postgresql://alee:s3cret@db.example.org/pmo"));
		assertEquals("jdbc:derby:/home/alee/atrium/database",
				new StoreConfig("jdbc:derby:/home/alee/atrium/database", null, null, false).displayUrl());
	}

	@Test
	void aConfigurationPrintsNoPassword() {
		String printed = StoreConfig.jdbc("jdbc:postgresql://db.example.org/pmo?password=s3cret", "alee", "s3cret").toString();
		assertEquals("StoreConfig[jdbc:postgresql://db.example.org/pmo, user alee, password set, create]", printed);
	}
}
