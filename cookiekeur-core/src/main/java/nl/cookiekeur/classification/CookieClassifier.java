package nl.cookiekeur.classification;

import nl.cookiekeur.cookie.Cookie;

/** The port that says what an observed cookie is for, known or not. */
public interface CookieClassifier {

    /** Classifies one observed cookie; never throws for a well-formed cookie, answers unknown instead. */
    Classification classify(Cookie cookie);
}
