package nl.cookiekeur.evidence;

/** A way to recognise a browser without storing anything on it. */
public enum FingerprintTechnique {
    /** Reading back a canvas the script drew text or shapes on (Englehardt–Narayanan criteria). */
    CANVAS,
    /** Asking WebGL for the unmasked renderer or vendor, or reading back WebGL pixels. */
    WEBGL,
    /** Rendering an oscillator through an OfflineAudioContext and reading the result. */
    AUDIO,
    /** Measuring the same text in many fonts to learn which are installed. */
    FONTS,
    /** Collecting many device properties (screen, hardware, plugins, languages, time zone) in one go. */
    DEVICE_PROPERTIES
}
