# The production jar (Vaadin production mode, no embedded database) on a Java 21 runtime.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/stedenband-*.jar /src/app.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --home-dir /app stedenband
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
USER stedenband
EXPOSE 8080
ENV VAADIN_USAGE_STATS_ENABLED=false
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
