"""Validates Cognito API requests against the real service model shipped in botocore.

Reads a JSON list of {"operation": ..., "params": ...} on stdin and prints a JSON list with one
list of problems per request (unknown parameters, wrong types, missing required members,
out-of-range values), as boto3 itself would report them before sending.
"""
import json
import sys

import botocore.session
from botocore.validate import ParamValidator

model = botocore.session.get_session().get_service_model("cognito-idp")
validator = ParamValidator()
results = []
for request in json.load(sys.stdin):
    report = validator.validate(request["params"], model.operation_model(request["operation"]).input_shape)
    results.append(report.generate_report().splitlines() if report.has_errors() else [])
json.dump(results, sys.stdout)
