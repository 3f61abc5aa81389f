package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/jsii-runtime-go"
)

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	// `cdk synth -c withBadClient=true` adds a client that Cognito would reject.
	NewOrdersStack(app, "Orders", OrdersStackProps{WithBadClient: app.Node().TryGetContext(jsii.String("withBadClient")) == "true"})
	app.Synth(nil)
}
