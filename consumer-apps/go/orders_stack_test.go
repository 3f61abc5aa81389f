package main

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/assertions"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk-cognito-app-client/cdk-cognito-app-client-go/cdkcognitoappclient"
)

// newApp synthesizes into a folder of the test's own, which the test removes.
func newApp(t *testing.T) awscdk.App {
	return awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
}

func TestTheTemplateMatchesTheSnapshot(t *testing.T) {
	template := assertions.Template_FromStack(NewOrdersStack(newApp(t), "Orders", OrdersStackProps{}), nil)
	// Both sides through encoding/json, so numbers compare as numbers.
	synthesized, err := json.Marshal(template.ToJSON())
	if err != nil {
		t.Fatal(err)
	}
	var got, want any
	if err := json.Unmarshal(synthesized, &got); err != nil {
		t.Fatal(err)
	}
	snapshot, err := os.ReadFile("testdata/orders.template.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(snapshot, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("the template differs from testdata/orders.template.json:\n%s", synthesized)
	}
}

func TestAClientWith2DayAccessTokensFailsSynthWithUPC11(t *testing.T) {
	app := newApp(t)
	NewOrdersStack(app, "Orders", OrdersStackProps{WithBadClient: true})
	if failure := synthFailure(app); !strings.Contains(failure, "Validation failed") {
		t.Fatalf("app.Synth() did not fail validation: %q", failure)
	}
	// The report CDK printed names the rule; the findings say which client broke it.
	var found []string
	for _, finding := range *cdkcognitoappclient.UserPoolClientChecks_Findings(app) {
		found = append(found, fmt.Sprintf("%s %s %s", *finding.RuleId, finding.Severity, *finding.Path))
	}
	if !slices.Contains(found, "UPC11 ERROR Orders/Reporter/Resource") {
		t.Fatalf("no UPC11 error for Orders/Reporter/Resource among the findings %q", found)
	}
}

// synthFailure returns what app.Synth() panicked with ("" when it succeeded).
func synthFailure(app awscdk.App) (failure string) {
	defer func() {
		if recovered := recover(); recovered != nil {
			failure = fmt.Sprint(recovered)
		}
	}()
	app.Synth(nil)
	return ""
}
