# Production image: the application only, no embedded PostgreSQL (-Dproduction leaves it out).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw --batch-mode --no-transfer-progress -Dproduction -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 plateforme \
    && mkdir -p /var/lib/plateforme/badges && chown -R plateforme /var/lib/plateforme
WORKDIR /app
COPY --from=build /src/platform-web/target/platform-web.jar app.jar
USER plateforme
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
