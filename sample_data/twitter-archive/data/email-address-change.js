window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange": {
      "accountId": "4000000001",
      "emailChange": {
        "changedAt": "2019-05-01T09:00:00.000Z",
        "changedFrom": "",
        "changedTo": "riley.tanaka-brooks@abf.gov.au"
      }
    }
  }
]