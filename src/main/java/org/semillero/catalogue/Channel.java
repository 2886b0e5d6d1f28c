package org.semillero.catalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** How citizens reach a service. */
public enum Channel {
    IN_PERSON, ONLINE, PHONE, MOBILE;

    /** A channel as written in a CSV or a form: the name, any case, with '-' or ' ' for '_'. */
    public static Optional<Channel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Channel channel : values()) {
            if (channel.name().equals(name)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    /** The stored form: names separated by ';' in declaration order. */
    static String store(Set<Channel> channels) {
        return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
    }

    static List<Channel> read(String stored) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (stored != null && !stored.isBlank()) {
            for (String name : stored.split(";")) {
                channels.add(valueOf(name));
            }
        }
        return List.copyOf(channels);
    }
}
