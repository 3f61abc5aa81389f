"""The example app of examples/app.ts, written against the Python package.

The parity test synthesizes both with the cdk CLI and asserts the templates are byte for byte equal.
"""
import os

from aws_cdk import App, CfnOutput, Duration, Stack
from aws_cdk import aws_cognito as cognito
from constructs import Construct

from cdk_cognito_app_client import (
    BrandingAsset,
    ClientTerms,
    MachineToMachineClient,
    ManagedLoginBranding,
    NativeAppClient,
    ResourceServerScopes,
    ServerSideAppClient,
    SinglePageAppClient,
    TermsDocument,
    TermsLanguage,
    TermsTranslation,
)

BRANDING = os.path.join(os.path.dirname(os.path.abspath(__file__)), "branding")


class ExampleStack(Stack):
    """One user pool with a domain and a resource server, and a client of every preset; the web client is branded and links its terms."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)

        user_pool = cognito.UserPool(
            self,
            "UserPool",
            sign_in_aliases=cognito.SignInAliases(email=True),
            standard_attributes=cognito.StandardAttributes(
                email=cognito.StandardAttribute(required=True, mutable=True)
            ),
        )
        # Managed login version 2 shows the web client's branding (the classic hosted UI would not).
        user_pool.add_domain(
            "Domain",
            cognito_domain=cognito.CognitoDomainOptions(domain_prefix="example-app-clients"),
            managed_login_version=cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
        )
        read = cognito.ResourceServerScope(scope_name="read", scope_description="Read orders")
        write = cognito.ResourceServerScope(scope_name="write", scope_description="Write orders")
        orders = user_pool.add_resource_server("Orders", identifier="orders", scopes=[read, write])

        web = SinglePageAppClient(
            self,
            "Web",
            user_pool=user_pool,
            callback_urls=["https://app.example.com/callback", "http://localhost:5173/callback"],
            logout_urls=["https://app.example.com/"],
            additional_scopes=[cognito.OAuthScope.resource_server(orders, read)],
            managed_login_branding=ManagedLoginBranding.from_settings_file(
                os.path.join(BRANDING, "settings.json"), [BrandingAsset.from_file(os.path.join(BRANDING, "form-logo.png"))]
            ),
            terms=ClientTerms(
                terms_of_use=TermsDocument(
                    url="https://app.example.com/terms",
                    translations=[TermsTranslation(language=TermsLanguage.FRENCH, url="https://app.example.com/fr/conditions")],
                ),
                privacy_policy=TermsDocument(url="https://app.example.com/privacy"),
            ),
        )
        portal = ServerSideAppClient(
            self,
            "Portal",
            user_pool=user_pool,
            callback_urls=["https://portal.example.com/oauth2/idpresponse"],
            # An admin portal: a managed login session of another app is never reused; always sign in.
            sso_session=Duration.minutes(0),
        )
        worker = MachineToMachineClient(
            self,
            "Worker",
            user_pool=user_pool,
            resource_server_scopes=[ResourceServerScopes(resource_server=orders, scopes=[read, write])],
        )
        mobile = NativeAppClient(
            self, "Mobile", user_pool=user_pool, callback_urls=["com.example.app:/callback"]
        )

        for client in [web, portal, worker, mobile]:
            CfnOutput(self, f"{client.node.id}ClientId", value=client.user_pool_client_id)
        CfnOutput(self, "WorkerSecretArn", value=worker.secret.secret_arn)


app = App()
ExampleStack(app, "CognitoAppClientExample")
app.synth()
