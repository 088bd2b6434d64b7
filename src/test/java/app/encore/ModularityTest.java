package app.encore;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(EncoreApplication.class);

    @Test
    void feature_modules_only_use_each_other_through_their_published_interfaces() {
        modules.verify();
    }

    @Test
    void the_module_documentation_is_written_for_the_readme() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
