"""The package from Python: the construct, the presets and the checks, through the jsii binding."""
import json
import os
import subprocess
import sys

import pytest
from aws_cdk import App, Aspects, Duration, Stack, Stage
from aws_cdk import aws_cognito as cognito

from cdk_cognito_app_client import (
    AppClient,
    AuthFlow,
    BrandingAsset,
    CognitoScope,
    DynamicClientRegistrationClient,
    MachineToMachineClient,
    TokenExchange,
    TokenExchangeClient,
    BrandingAssetCategory,
    BrandingColorMode,
    ClientTerms,
    ManagedLoginBranding,
    TermsDocument,
    TermsLanguage,
    TermsTranslation,
    OAuthFlow,
    RefreshTokenRotation,
    ResourceServerScopes,
    ServerSideAppClient,
    SinglePageAppClient,
    UserPoolClientChecks,
)


def findings(app: App):
    """Synthesizes as a user's test does: CDK raises its validation report on an error finding."""
    try:
        app.synth()
    except RuntimeError as error:
        assert "cdk-cognito-app-client" in str(error)
    return [(f.severity.name.lower(), f.message) for f in UserPoolClientChecks.findings(app)]


def new_stack():
    app = App()
    stack = Stack(app, "Stack")
    pool = cognito.UserPool(stack, "Pool")
    pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="python-test"))
    return app, stack, pool


def test_an_app_client_reports_an_invalid_setting_as_an_error():
    app, stack, pool = new_stack()
    AppClient(stack, "Client", user_pool=pool, access_token_validity=Duration.hours(48))
    assert findings(app) == [
        ("error", "[UPC11] AccessTokenValidity of 2 days is outside 5 minutes to 1 day"),
    ]
    with pytest.raises(RuntimeError, match=r"\[UPC11\] AccessTokenValidity of 2 days"):
        app.synth(force=True)


def test_the_aspect_checks_an_l1_client_and_strict_mode_turns_warnings_into_errors():
    app, stack, pool = new_stack()
    Aspects.of(stack).add(UserPoolClientChecks(strict=True))
    cognito.CfnUserPoolClient(
        stack, "Raw", user_pool_id=pool.user_pool_id, prevent_user_existence_errors="ENABLED",
        allowed_o_auth_flows_user_pool_client=True, allowed_o_auth_flows=["code", "implicit"],
        allowed_o_auth_scopes=["openid"], callback_ur_ls=["https://app.example.com/cb"],
    )
    assert findings(app) == [
        ("error", "[UPB01] AllowedOAuthFlows includes implicit; allowed (best practice): code, with PKCE in public clients"),
    ]


def test_enum_like_classes_and_effective_settings():
    _app, stack, pool = new_stack()
    client = AppClient(
        stack, "Client", user_pool=pool, generate_secret=True,
        auth_flows=[AuthFlow.USER_AUTH, AuthFlow.custom("ALLOW_USER_SRP_AUTH")],
        refresh_token_rotation=RefreshTokenRotation.enabled(Duration.seconds(5)),
        o_auth={"flows": [OAuthFlow.AUTHORIZATION_CODE], "scopes": [cognito.OAuthScope.OPENID],
                "callback_urls": ["https://app.example.com/cb"]},
    )
    assert [f.flow_name for f in client.auth_flows] == ["ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH"]
    assert client.access_token_validity.to_minutes() == 60
    assert client.refresh_token_rotation.is_enabled
    assert client.o_auth_scopes == ["openid"]


def test_construction_errors_reach_python_as_errors():
    _app, stack, pool = new_stack()
    with pytest.raises(RuntimeError, match=r"^Stack/Web: callbackUrls of a web app must be an http\(s\) URL"):
        SinglePageAppClient(stack, "Web", user_pool=pool, callback_urls=["myapp://cb"])
    client = AppClient(stack, "Public", user_pool=pool)
    with pytest.raises(RuntimeError, match=r"has no secret \(received generateSecret: false\)"):
        client.user_pool_client_secret
    with pytest.raises(RuntimeError, match=r"unknown rule id 'UPC99'"):
        UserPoolClientChecks.suppress(stack, "UPC99", "a reason")


def test_one_aspect_on_the_app_checks_clients_inside_stages():
    app = App()
    Aspects.of(app).add(UserPoolClientChecks())
    stage = Stage(app, "Prod")
    stack = Stack(stage, "Auth")
    pool = cognito.UserPool(stack, "Pool")
    cognito.CfnUserPoolClient(stack, "Raw", user_pool_id=pool.user_pool_id, id_token_validity=25,
                              prevent_user_existence_errors="ENABLED")
    assert findings(app) == [("error", "[UPC12] IdTokenValidity of 25 hours is outside 5 minutes to 1 day")]
    assert UserPoolClientChecks.findings(app)[0].path == "Prod/Auth/Raw"


def test_the_stored_secret_is_a_typed_property_and_errors_name_the_construct():
    _app, stack, pool = new_stack()
    portal = ServerSideAppClient(stack, "Portal", user_pool=pool, callback_urls=["https://portal.example.com/cb"],
                                 secret_name="portal/cognito-client")
    assert stack.resolve(portal.stored_secret.secret_arn)["Ref"].startswith("PortalSecret")
    with pytest.raises(RuntimeError, match=r"^Stack/A: storeSecret: true needs generateSecret: true \(received generateSecret: not set\)"):
        AppClient(stack, "A", user_pool=pool, store_secret=True)


def test_the_2026_flows_and_the_registration_scope_from_python():
    app, stack, pool = new_stack()
    pool.node.default_child.add_property_override("UserPoolTier", "ESSENTIALS")
    read = cognito.ResourceServerScope(scope_name="read", scope_description="Read")
    api = pool.add_resource_server("Api", identifier="api", scopes=[read])
    m2m = MachineToMachineClient(stack, "Worker", user_pool=pool,
                                 resource_server_scopes=[ResourceServerScopes(resource_server=api, scopes=[read])])
    exchange = TokenExchangeClient(stack, "Agent", user_pool=pool, token_exchange=TokenExchange.DELEGATION_AND_IMPERSONATION)
    registrar = DynamicClientRegistrationClient(stack, "Registrar", user_pool=pool)
    cognito.CfnUserPoolClient(stack, "Raw", user_pool_id=pool.user_pool_id, generate_secret=True,
                              explicit_auth_flows=[AuthFlow.CLIENT_TOKEN.flow_name],
                              allowed_o_auth_flows_user_pool_client=True, allowed_o_auth_flows=["client_credentials"],
                              allowed_o_auth_scopes=[CognitoScope.DYNAMIC_CLIENT_REGISTRATION.scope_name])
    AppClient(stack, "Impersonator", user_pool=pool, generate_secret=True,
              auth_flows=[AuthFlow.TOKEN_EXCHANGE_IMPERSONATION, AuthFlow.REFRESH_TOKEN])
    assert findings(app) == []
    assert [f.flow_name for f in m2m.auth_flows] == ["ALLOW_CLIENT_TOKEN_AUTH"]
    assert [f.flow_name for f in exchange.auth_flows] == [
        "ALLOW_TOKEN_EXCHANGE_DELEGATION", "ALLOW_TOKEN_EXCHANGE_IMPERSONATION", "ALLOW_REFRESH_TOKEN_AUTH"]
    assert registrar.o_auth_scopes == ["aws.cognito/dcr/register"]
    assert exchange.has_secret and registrar.stored_secret is not None


def test_a_typo_of_a_2026_flow_fails_with_the_flow_meant():
    app, stack, pool = new_stack()
    AppClient(stack, "Agent", user_pool=pool, generate_secret=True,
              auth_flows=[AuthFlow.custom("ALLOW_TOKEN_EXCHANGE_DELEGATE"), AuthFlow.REFRESH_TOKEN])
    [(severity, message)] = findings(app)
    assert severity == "error"
    assert message.startswith('[UPC60] ExplicitAuthFlows item "ALLOW_TOKEN_EXCHANGE_DELEGATE" is not a flow of '
                              "Cognito's API model (botocore ")
    assert "did you mean ALLOW_TOKEN_EXCHANGE_DELEGATION?" in message


BRANDING = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "branding")


def test_branding_and_terms_from_python_and_their_checks():
    app, stack, pool = new_stack()
    client = SinglePageAppClient(
        stack,
        "Web",
        user_pool=pool,
        callback_urls=["https://app.example.com/callback"],
        managed_login_branding=ManagedLoginBranding.from_settings(
            {"components": {"form": {"borderRadius": 8}}},
            [
                BrandingAsset.from_file(os.path.join(BRANDING, "form-logo.png")),
                BrandingAsset.from_file(
                    os.path.join(BRANDING, "form-logo.png"),
                    category=BrandingAssetCategory.FAVICON_ICO,
                    color_mode=BrandingColorMode.DARK,
                ),
            ],
        ),
        terms=ClientTerms(
            privacy_policy=TermsDocument(
                url="https://app.example.com/privacy",
                translations=[TermsTranslation(language=TermsLanguage.custom("klingon"), url="https://app.example.com/tlh")],
            )
        ),
    )
    assert client.cfn_managed_login_branding.node.path == "Stack/Web/ManagedLoginBranding"
    assert [t.node.id for t in client.cfn_terms] == ["PrivacyPolicy"]
    assert sorted(rule for _, message in findings(app) for rule in [message[1:6]]) == ["UPL04", "UPL07", "UPL08"]
    with pytest.raises(RuntimeError, match=r"the file type '\.gif' is not one Cognito shows"):
        BrandingAsset.from_file(os.path.join(BRANDING, "..", "..", "test", "fixtures", "branding", "banner.gif"))


def test_sso_session_from_python_and_its_checks():
    app, stack, pool = new_stack()
    admin = ServerSideAppClient(
        stack, "Admin", user_pool=pool, callback_urls=["https://admin.example.com/cb"], sso_session=Duration.minutes(0)
    )
    web = SinglePageAppClient(
        stack, "Web", user_pool=pool, callback_urls=["https://app.example.com/cb"], sso_session=Duration.days(91)
    )
    assert admin.cfn_session_configuration.node.path == "Stack/Admin/SessionConfiguration"
    assert admin.cfn_session_configuration.cfn_resource_type == "AWS::Cognito::UserPoolClientSessionConfigurationAttachment"
    assert admin.sso_session.to_minutes() == 0
    assert AppClient(stack, "Default", user_pool=pool).sso_session.to_minutes() == 60
    assert [(level, message[1:6]) for level, message in findings(app)] == [("error", "UPL10")]
    assert web.cfn_session_configuration is not None
    with pytest.raises(RuntimeError, match=r"ssoSession must be a whole number of minutes"):
        AppClient(stack, "Seconds", user_pool=pool, sso_session=Duration.seconds(90))


def test_the_command_line_is_a_console_script_of_the_python_package():
    script = os.path.join(os.path.dirname(sys.executable), "cdk-cognito-app-client")
    sam = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "cli", "sam-app.yaml")
    result = subprocess.run([script, "check", sam, "--format", "json"], capture_output=True, text=True, check=False)
    assert result.returncode == 1, result.stderr
    assert [f["ruleId"] for f in json.loads(result.stdout)["findings"]] == ["UPC11", "UPC51"]
    missing = subprocess.run([script, "check", "missing.yaml"], capture_output=True, text=True, check=False)
    assert missing.returncode == 2
    assert "missing.yaml: file not found" in missing.stderr
