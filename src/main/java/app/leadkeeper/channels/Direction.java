package app.leadkeeper.channels;

/** Inbound channels bring leads who asked; outbound (cold) ones reach contacts who did not. */
public enum Direction {
    INBOUND,
    OUTBOUND
}
