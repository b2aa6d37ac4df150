package org.atrium.plugins;

/** A plugin feature: its id without {@code .feature.group}, its name and version. */
public record Plugin(String id, String name, String version) {
}
