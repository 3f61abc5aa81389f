package com.example.orders;

import io.github.cdkcognitoappclient.MachineToMachineClient;
import io.github.cdkcognitoappclient.ResourceServerScopes;
import io.github.cdkcognitoappclient.SinglePageAppClient;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.IUserPoolResourceServer;
import software.amazon.awscdk.services.cognito.ResourceServerScope;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.amazon.awscdk.services.cognito.UserPoolResourceServerOptions;
import software.constructs.Construct;

/** The orders app of ../typescript, written against the Java package. */
public class OrdersStack extends Stack {
    /**
     * @param withBadClient add a client whose access tokens would live 2 days (Cognito allows at most 1)
     */
    public OrdersStack(final Construct scope, final String id, final boolean withBadClient) {
        super(scope, id);
        UserPool userPool = UserPool.Builder.create(this, "UserPool")
                .signInAliases(SignInAliases.builder().email(true).build())
                .build();
        userPool.addDomain("Domain", UserPoolDomainOptions.builder()
                .cognitoDomain(CognitoDomainOptions.builder().domainPrefix("orders-example-app").build())
                .build());
        ResourceServerScope read = ResourceServerScope.Builder.create()
                .scopeName("read")
                .scopeDescription("Read orders")
                .build();
        IUserPoolResourceServer orders = userPool.addResourceServer("Orders", UserPoolResourceServerOptions.builder()
                .identifier("orders")
                .scopes(List.of(read))
                .build());
        List<ResourceServerScopes> readOrders = List.of(ResourceServerScopes.builder()
                .resourceServer(orders)
                .scopes(List.of(read))
                .build());

        SinglePageAppClient.Builder.create(this, "Web")
                .userPool(userPool)
                .callbackUrls(List.of("https://app.example.com/callback"))
                .build();
        MachineToMachineClient.Builder.create(this, "Worker")
                .userPool(userPool)
                .resourceServerScopes(readOrders)
                .build();
        if (withBadClient) {
            MachineToMachineClient.Builder.create(this, "Reporter")
                    .userPool(userPool)
                    .resourceServerScopes(readOrders)
                    .accessTokenValidity(Duration.days(2))
                    .build();
        }
    }
}
