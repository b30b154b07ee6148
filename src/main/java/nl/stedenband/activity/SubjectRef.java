package nl.stedenband.activity;

/**
 * The record a timeline belongs to, by kind and id, so that any feature's records can carry one
 * without the timeline knowing the feature.
 */
public record SubjectRef(String type, long id) {}
