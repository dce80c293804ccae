package cn.majorhazard.api.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info()
                .title("重大事故隐患判定服务 — Major accident hazard determination")
                .version("v1")
                .description("按官方判定标准逐项判定：构成 / 不构成 / 不适用 / 无法判定，附法律依据。"
                        + " Judges enterprise facts against the official Chinese 重大事故隐患判定标准, item by item,"
                        + " with the legal citation of every verdict."));
    }
}
