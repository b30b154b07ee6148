package nl.stedenband.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention rules' settings, and the scheduler that runs them at night ({@link RetentionJob}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
@EnableScheduling
class RetentionConfiguration {}
