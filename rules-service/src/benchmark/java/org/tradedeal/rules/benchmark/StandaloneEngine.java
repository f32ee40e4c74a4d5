package org.tradedeal.rules.benchmark;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieRuntimeBuilder;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.tradedeal.rules.config.ScoringConfig;
import org.tradedeal.rules.engine.RulesetIdentity;
import org.tradedeal.rules.engine.ScoringEngine;
import org.tradedeal.rules.engine.ScoringParametersFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The service's own {@link ScoringEngine}, outside Quarkus: the same DRL files compiled to the same
 * executable model (here at start, there at build time), the same facts, rules and result assembly.
 * What it leaves out is HTTP and JSON, which the load test measures.
 */
final class StandaloneEngine {

    private StandaloneEngine() {
    }

    static ScoringEngine create() {
        // Outside Quarkus nobody configures JBoss Log Manager, which then keeps every message, TRACE
        // included, for a handler that never comes: set the level a running service has.
        org.jboss.logmanager.LogContext.getSystemLogContext().getLogger("").setLevel(java.util.logging.Level.INFO);
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(ScoringConfig.class).build();
        ScoringConfig scoring = config.getConfigMapping(ScoringConfig.class);
        ScoringParametersFactory parameters = new ScoringParametersFactory(scoring);
        return new ScoringEngine(new KieBaseRuntime(compile()), new RulesetIdentity(scoring, parameters), parameters,
                scoring);
    }

    private static KieBase compile() {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        for (String drl : RulesetIdentity.drlFiles()) {
            try (InputStream in = StandaloneEngine.class.getClassLoader().getResourceAsStream(drl)) {
                files.write("src/main/resources/" + drl, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        return services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
    }

    /** What drools-quarkus gives the service, over a KieBase built here. */
    private record KieBaseRuntime(KieBase kieBase) implements KieRuntimeBuilder {
        @Override
        public KieBase getKieBase() {
            return kieBase;
        }

        @Override
        public KieBase getKieBase(String name) {
            return kieBase;
        }

        @Override
        public KieSession newKieSession() {
            return kieBase.newKieSession();
        }

        @Override
        public KieSession newKieSession(String name) {
            return kieBase.newKieSession();
        }

        @Override
        public StatelessKieSession newStatelessKieSession() {
            return kieBase.newStatelessKieSession();
        }

        @Override
        public StatelessKieSession newStatelessKieSession(String name) {
            return kieBase.newStatelessKieSession();
        }
    }
}
