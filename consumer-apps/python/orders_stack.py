from aws_cdk import Duration, Stack
from aws_cdk import aws_cognito as cognito
from cdk_cognito_app_client import MachineToMachineClient, ResourceServerScopes, SinglePageAppClient
from constructs import Construct


class OrdersStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, with_bad_client: bool = False) -> None:
        super().__init__(scope, construct_id)
        user_pool = cognito.UserPool(self, "UserPool", sign_in_aliases=cognito.SignInAliases(email=True))
        user_pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="orders-example-app"))
        read = cognito.ResourceServerScope(scope_name="read", scope_description="Read orders")
        orders = user_pool.add_resource_server("Orders", identifier="orders", scopes=[read])

        SinglePageAppClient(self, "Web", user_pool=user_pool, callback_urls=["https://app.example.com/callback"])
        MachineToMachineClient(
            self,
            "Worker",
            user_pool=user_pool,
            resource_server_scopes=[ResourceServerScopes(resource_server=orders, scopes=[read])],
        )
        if with_bad_client:
            # Access tokens of 2 days: Cognito allows at most 1.
            MachineToMachineClient(
                self,
                "Reporter",
                user_pool=user_pool,
                resource_server_scopes=[ResourceServerScopes(resource_server=orders, scopes=[read])],
                access_token_validity=Duration.days(2),
            )
