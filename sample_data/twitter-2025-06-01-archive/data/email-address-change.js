window.YTD.email_address_change.part0 = [
  {
    "emailAddressChange": {
      "accountId": "4100000008",
      "emailChange": {
        "changedAt": "2023-02-13T08:00:00.000Z",
        "changedFrom": "",
        "changedTo": "morgan.quillfeather@abf.gov.au"
      }
    }
  }
]