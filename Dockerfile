# Build and run SSA Planner against an external PostgreSQL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 ssa
COPY --from=build /src/target/ssa-planner-*.jar /app/ssa-planner.jar
USER ssa
EXPOSE 8080
# A bounded heap (see the README's "Memory"); a JVM out of memory exits, so the container is restarted instead of
# limping on. JAVA_OPTS replaces both, e.g. docker run -e JAVA_OPTS="-Xmx2g" ...
ENV JAVA_OPTS="-Xmx1g -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/ssa-planner.jar"]
