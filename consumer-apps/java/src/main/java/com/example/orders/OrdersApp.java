package com.example.orders;

import software.amazon.awscdk.App;

public final class OrdersApp {
    public static void main(final String[] args) {
        App app = new App();
        // `cdk synth -c withBadClient=true` adds a client that Cognito would reject.
        new OrdersStack(app, "Orders", "true".equals(app.getNode().tryGetContext("withBadClient")));
        app.synth();
    }
}
