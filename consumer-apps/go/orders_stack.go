package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscognito"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk-cognito-app-client/cdk-cognito-app-client-go/cdkcognitoappclient"
)

// OrdersStackProps are the stack's options.
type OrdersStackProps struct {
	// WithBadClient adds a client whose access tokens would live 2 days (Cognito allows at most 1).
	WithBadClient bool
}

// NewOrdersStack is the orders app of ../typescript, written against the Go module.
func NewOrdersStack(scope constructs.Construct, id string, props OrdersStackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, jsii.String(id), nil)
	userPool := awscognito.NewUserPool(stack, jsii.String("UserPool"), &awscognito.UserPoolProps{
		SignInAliases: &awscognito.SignInAliases{Email: jsii.Bool(true)},
	})
	userPool.AddDomain(jsii.String("Domain"), &awscognito.UserPoolDomainOptions{
		CognitoDomain: &awscognito.CognitoDomainOptions{DomainPrefix: jsii.String("orders-example-app")},
	})
	read := awscognito.NewResourceServerScope(&awscognito.ResourceServerScopeProps{
		ScopeName:        jsii.String("read"),
		ScopeDescription: jsii.String("Read orders"),
	})
	orders := userPool.AddResourceServer(jsii.String("Orders"), &awscognito.UserPoolResourceServerOptions{
		Identifier: jsii.String("orders"),
		Scopes:     &[]awscognito.ResourceServerScope{read},
	})
	readOrders := &[]*cdkcognitoappclient.ResourceServerScopes{
		{ResourceServer: orders, Scopes: &[]awscognito.ResourceServerScope{read}},
	}

	cdkcognitoappclient.NewSinglePageAppClient(stack, jsii.String("Web"), &cdkcognitoappclient.SinglePageAppClientProps{
		UserPool:     userPool,
		CallbackUrls: jsii.Strings("https://app.example.com/callback"),
	})
	cdkcognitoappclient.NewMachineToMachineClient(stack, jsii.String("Worker"), &cdkcognitoappclient.MachineToMachineClientProps{
		UserPool:             userPool,
		ResourceServerScopes: readOrders,
	})
	if props.WithBadClient {
		cdkcognitoappclient.NewMachineToMachineClient(stack, jsii.String("Reporter"), &cdkcognitoappclient.MachineToMachineClientProps{
			UserPool:             userPool,
			ResourceServerScopes: readOrders,
			AccessTokenValidity:  awscdk.Duration_Days(jsii.Number(2)),
		})
	}
	return stack
}
