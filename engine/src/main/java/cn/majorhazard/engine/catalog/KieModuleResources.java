package cn.majorhazard.engine.catalog;

import java.util.ArrayList;
import java.util.List;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.runtime.KieContainer;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;

/**
 * The files of the kjar the container was built from. Reading the catalog from the very module the KieBases come
 * from means the catalog, the rules and the content hash can never describe different builds.
 */
public final class KieModuleResources implements RuleResources {

    private final InternalKieModule module;
    private final List<String> fileNames;

    public KieModuleResources(KieContainer container) {
        if (container.getKieBaseNames().isEmpty()) {
            throw new CatalogException("the rules container has no KieBase: is drools-xml-support on the classpath"
                    + " and META-INF/kmodule.xml in the rules jar?");
        }
        String any = container.getKieBaseNames().iterator().next();
        this.module = (InternalKieModule) ((KieContainerImpl) container).getKieModuleForKBase(any);
        this.fileNames = new ArrayList<>(module.getFileNames());
    }

    @Override
    public List<String> fileNames() {
        return fileNames;
    }

    @Override
    public byte[] read(String path) {
        byte[] bytes = module.getBytes(path);
        if (bytes == null) {
            throw new CatalogException("missing file in rules module: " + path);
        }
        return bytes;
    }
}
