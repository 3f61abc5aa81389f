#!/usr/bin/env python3
"""The orders app of ../typescript, written against the Python package."""
from aws_cdk import App

from orders_stack import OrdersStack

app = App()
# `cdk synth -c withBadClient=true` adds a client that Cognito would reject.
OrdersStack(app, "Orders", with_bad_client=app.node.try_get_context("withBadClient") == "true")
app.synth()
