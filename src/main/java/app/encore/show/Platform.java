package app.encore.show;

import org.springframework.data.relational.core.mapping.Table;

/** A streaming platform that carries the show, such as Netflix. */
@Table("show_platform")
public record Platform(String name) {
    public Platform {
        name = Text.required(name, "platform name");
    }
}
